/** Declarations for scripts/after-pack.mjs (read by the tests). */
import type { FuseV1Config } from '@electron/fuses';

export interface PackagedApp {
  platform: string;
  appOutDir: string;
  productFilename: string;
  executableName?: string | null;
}
export declare function electronBinaryPath(app: PackagedApp): string;
export declare function fuseConfig(platform: string): FuseV1Config;
export interface AfterPackContext {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}
export default function afterPack(context: AfterPackContext): Promise<void>;
