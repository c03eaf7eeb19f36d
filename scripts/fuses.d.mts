/** Declarations for scripts/fuses.mjs (read by the tests). */
export declare const FUSES: Readonly<{
  RunAsNode: false;
  EnableNodeOptionsEnvironmentVariable: false;
  EnableNodeCliInspectArguments: false;
  EnableEmbeddedAsarIntegrityValidation: true;
  OnlyLoadAppFromAsar: true;
  EnableCookieEncryption: true;
}>;
