/** heic-decode ships no types: the one function Carnet calls (libheif's WebAssembly build). */
declare module 'heic-decode' {
  const decode: (input: { buffer: Uint8Array }) => Promise<{ width: number; height: number; data: Uint8ClampedArray }>;
  export default decode;
}
