// electron-builder's afterPack hook (electron-builder.yml: afterPack): flips Carnet's Electron
// fuses (scripts/fuses.mjs) on the packaged executable, after the app is copied in and before it is
// signed. A binary without a fuse wire fails the packaging rather than ship unfused.
import path from 'node:path';
import electronFuses from '@electron/fuses';
import { FUSES } from './fuses.mjs';

const { flipFuses, FuseV1Options, FuseVersion } = electronFuses;

/**
 * The file @electron/fuses opens for a packaged app: the executable on Linux (named by
 * executableName) and Windows (<productFilename>.exe), the .app bundle on macOS (the library
 * then finds the Electron Framework inside it).
 * @param {{ platform: string, appOutDir: string, productFilename: string, executableName?: string | null }} app
 * @returns {string}
 */
export function electronBinaryPath({ platform, appOutDir, productFilename, executableName }) {
  switch (platform) {
    case 'linux':
      if (!executableName) throw new Error('Carnet fuses: the Linux packager names no executable');
      return path.join(appOutDir, executableName);
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${productFilename}.exe`);
    default:
      throw new Error(`Carnet fuses: no packaged binary known for the platform "${platform}"`);
  }
}

/**
 * FUSES in the form flipFuses takes (the wire's positions), for one platform.
 * @param {string} platform
 */
export function fuseConfig(platform) {
  /** @type {Record<string | number, unknown>} */
  const config = { version: FuseVersion.V1 };
  for (const [name, on] of Object.entries(FUSES)) {
    const position = FuseV1Options[/** @type {keyof typeof FuseV1Options} */ (name)];
    if (typeof position !== 'number') throw new Error(`Carnet fuses: @electron/fuses has no fuse named ${name}`);
    config[position] = on;
  }
  // Changing the binary breaks its signature; on macOS an ad-hoc one is made again (a real
  // signing identity, when configured, signs over it afterwards).
  if (platform === 'darwin' || platform === 'mas') config['resetAdHocDarwinSignature'] = true;
  return /** @type {import('@electron/fuses').FuseV1Config} */ (/** @type {unknown} */ (config));
}

/**
 * The hook electron-builder calls with its AfterPackContext.
 * @param {{ appOutDir: string, electronPlatformName: string, packager: { appInfo: { productFilename: string }, executableName?: string } }} context
 */
export default async function afterPack(context) {
  const binary = electronBinaryPath({
    platform: context.electronPlatformName,
    appOutDir: context.appOutDir,
    productFilename: context.packager.appInfo.productFilename,
    executableName: context.packager.executableName ?? null,
  });
  await flipFuses(binary, fuseConfig(context.electronPlatformName));
  console.log(`  • Carnet fuses flipped  ${Object.entries(FUSES).map(([name, on]) => `${name}=${on ? 'on' : 'off'}`).join(' ')}  file=${binary}`);
}
