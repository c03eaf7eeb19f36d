// Electron's fuses for the packaged Carnet: switches compiled into the Electron binary that no
// command-line flag, environment variable or file can turn back at run time. electron-builder
// flips them on the packaged executable in its afterPack hook (scripts/after-pack.mjs), before
// signing. This object is the one place they are set; tests/unit/fuses.test.ts holds each value.
// The fuses not named here keep Electron's defaults.

/** Each fuse by its @electron/fuses name (FuseV1Options): true = on, false = off. */
export const FUSES = Object.freeze({
  // Off: ELECTRON_RUN_AS_NODE=1 would turn carnet into a plain Node.js that runs any script with
  // the app's identity (its keychain entry, its code signature, its journal folder).
  RunAsNode: false,
  // Off: NODE_OPTIONS (e.g. --require) would load arbitrary code into the main process before Carnet.
  EnableNodeOptionsEnvironmentVariable: false,
  // Off: --inspect / --inspect-brk would open a debugger port on the main process, which holds the
  // open journal and the identity-number key.
  EnableNodeCliInspectArguments: false,
  // On: the app.asar is checked against the hash electron-builder embeds in the app (Info.plist on
  // macOS, a resource on Windows), so an edited archive does not start. Linux has no embedded hash:
  // the fuse does nothing there.
  EnableEmbeddedAsarIntegrityValidation: true,
  // On: the app is loaded only from app.asar, never from a resources/app folder placed beside it,
  // which would bypass the integrity check above.
  OnlyLoadAppFromAsar: true,
  // On: the session's cookies are encrypted on disk with the OS key store (as safeStorage is). Carnet
  // sets no cookies, so nothing changes but that any cookie ever written is sealed.
  EnableCookieEncryption: true,
});
