/**
 * Electron's fuses: scripts/fuses.mjs sets exactly six, electron-builder.yml runs the afterPack
 * hook that flips them, the hook finds the packaged binary on each platform, and flipping a file
 * that carries Electron's fuse wire (the sentinel, version, length, one byte per fuse) really
 * changes it — read back with @electron/fuses' own getCurrentFuseWire. The real Electron binary is
 * checked too where it is installed (skipped, with the reason, where it is not).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, describe, expect, it } from 'vitest';
import afterPack, { electronBinaryPath, fuseConfig } from '../../scripts/after-pack.mjs';
import { FUSES } from '../../scripts/fuses.mjs';

const root = path.resolve(__dirname, '../..');
const require = createRequire(import.meta.url);
const builderRequire = createRequire(require.resolve('electron-builder/package.json'));
const yaml = builderRequire('js-yaml') as { load(text: string): unknown };
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ON = 0x31; // '1'
const OFF = 0x30; // '0'

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-fuses-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

/** A stand-in binary: some bytes, the sentinel, the V1 wire (Electron's defaults), more bytes. */
function fakeBinary(file: string, wire = '10110001', copies = 1): string {
  const part = Buffer.concat([Buffer.from('\x7fELF…code…'), Buffer.from(SENTINEL, 'latin1'), Buffer.from([1, wire.length]), Buffer.from(wire, 'latin1'), Buffer.from('…more code…')]);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.concat(Array.from({ length: copies }, () => part)));
  return file;
}

describe('the fuse configuration (scripts/fuses.mjs)', () => {
  it('is exactly these six fuses', () => {
    expect({ ...FUSES }).toEqual({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      EnableCookieEncryption: true,
    });
    expect(Object.isFrozen(FUSES)).toBe(true);
  });

  it('says why, fuse by fuse', () => {
    const source = fs.readFileSync(path.join(root, 'scripts/fuses.mjs'), 'utf8');
    for (const name of Object.keys(FUSES)) expect(source, name).toMatch(new RegExp(`// (On|Off): [^\\n]+\\n(\\s*//[^\\n]*\\n)*\\s*${name}: (true|false),`));
  });

  it('maps onto @electron/fuses’ wire positions, V1', () => {
    expect(fuseConfig('linux')).toEqual({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    });
    expect(fuseConfig('win32')).toEqual(fuseConfig('linux'));
    expect(fuseConfig('darwin')).toEqual({ ...fuseConfig('linux'), resetAdHocDarwinSignature: true });
  });

  it('is flipped by electron-builder’s afterPack hook', () => {
    const config = yaml.load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as { afterPack: string; electronFuses?: unknown };
    expect(config.afterPack).toBe('./scripts/after-pack.mjs');
    expect(config.electronFuses).toBeUndefined(); // one place only
  });
});

describe('the afterPack hook’s binary', () => {
  const appOutDir = path.join('dist', 'x-unpacked');
  it.each([
    ['linux', path.join(appOutDir, 'carnet')],
    ['win32', path.join(appOutDir, 'Carnet.exe')],
    ['darwin', path.join(appOutDir, 'Carnet.app')],
    ['mas', path.join(appOutDir, 'Carnet.app')],
  ])('on %s is %s', (platform, expected) => {
    expect(electronBinaryPath({ platform, appOutDir, productFilename: 'Carnet', executableName: platform === 'linux' ? 'carnet' : null })).toBe(expected);
  });

  it('refuses a platform it does not know, and Linux without an executable name', () => {
    expect(() => electronBinaryPath({ platform: 'aix', appOutDir, productFilename: 'Carnet' })).toThrow(/aix/);
    expect(() => electronBinaryPath({ platform: 'linux', appOutDir, productFilename: 'Carnet', executableName: null })).toThrow(/executable/);
  });
});

describe('the hook flips a binary’s fuse wire', () => {
  const expected = {
    version: '1',
    [FuseV1Options.RunAsNode]: OFF,
    [FuseV1Options.EnableCookieEncryption]: ON,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: OFF,
    [FuseV1Options.EnableNodeCliInspectArguments]: OFF,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: ON,
    [FuseV1Options.OnlyLoadAppFromAsar]: ON,
    // not Carnet's to set: left as they were
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: OFF,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: ON,
  };

  it('on Linux: the executable named carnet', async () => {
    const appOutDir = path.join(temp, 'linux-unpacked');
    const exe = fakeBinary(path.join(appOutDir, 'carnet'));
    const before = await getCurrentFuseWire(exe);
    expect(before[FuseV1Options.RunAsNode]).toBe(ON);
    await afterPack({ appOutDir, electronPlatformName: 'linux', packager: { appInfo: { productFilename: 'Carnet' }, executableName: 'carnet' } });
    expect(await getCurrentFuseWire(exe)).toEqual(expected);
    expect(fs.statSync(exe).size).toBe(fs.statSync(fakeBinary(path.join(temp, 'pristine'))).size); // bytes changed in place
  });

  it('on Windows: Carnet.exe', async () => {
    const appOutDir = path.join(temp, 'win-unpacked');
    const exe = fakeBinary(path.join(appOutDir, 'Carnet.exe'));
    await afterPack({ appOutDir, electronPlatformName: 'win32', packager: { appInfo: { productFilename: 'Carnet' } } });
    expect(await getCurrentFuseWire(exe)).toEqual(expected);
  });

  it('a universal binary’s two wires are both flipped; a binary without a wire fails the packaging', async () => {
    const appOutDir = path.join(temp, 'two-wires');
    const exe = fakeBinary(path.join(appOutDir, 'carnet'), '10110001', 2);
    await afterPack({ appOutDir, electronPlatformName: 'linux', packager: { appInfo: { productFilename: 'Carnet' }, executableName: 'carnet' } });
    const bytes = fs.readFileSync(exe);
    const wires = [bytes.indexOf(SENTINEL), bytes.lastIndexOf(SENTINEL)].map((i) => bytes.subarray(i + SENTINEL.length + 2, i + SENTINEL.length + 10).toString('latin1'));
    expect(wires).toEqual(['01001101', '01001101']);

    const bare = path.join(temp, 'bare');
    fs.mkdirSync(bare);
    fs.writeFileSync(path.join(bare, 'carnet'), '#!/bin/sh\nexit 1\n');
    await expect(afterPack({ appOutDir: bare, electronPlatformName: 'linux', packager: { appInfo: { productFilename: 'Carnet' }, executableName: 'carnet' } })).rejects.toThrow(/sentinel/);
  });
});

/** The downloaded Electron executable, or null (the same rule as scripts/electron-binary.mjs). */
function electronExecutable(): string | null {
  const dir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const exe = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(exe) ? exe : null;
}
const real = electronExecutable();

describe.skipIf(!real)(`the real Electron binary (${real ? real : 'skipped: the Electron binary is not installed here (it could not be downloaded); run where `npm install` fetched it'})`, () => {
  it('takes the same six fuses on a copy of it', async () => {
    const platform = process.platform;
    const appOutDir = path.join(temp, 'real');
    const source = platform === 'darwin' ? path.resolve(real!, '../../..') : real!;
    const target = electronBinaryPath({ platform, appOutDir, productFilename: 'Carnet', executableName: 'carnet' });
    fs.cpSync(source, target, { recursive: true, verbatimSymlinks: true });
    await afterPack({ appOutDir, electronPlatformName: platform, packager: { appInfo: { productFilename: 'Carnet' }, executableName: 'carnet' } });
    const wire = await getCurrentFuseWire(target);
    for (const [name, on] of Object.entries(FUSES)) expect(wire[FuseV1Options[name as keyof typeof FuseV1Options]], name).toBe(on ? ON : OFF);
  }, 60_000);
});
