/**
 * A QR code drawn as SVG (qrcode-generator: no network, no canvas), one path of dark modules with
 * the four-module quiet zone the standard asks for. Text is encoded as UTF-8 (accents, dashes).
 */
import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

// UTF-8 bytes (the library's ES build encodes Latin-1 only): "Hermès", "10:30–19:00".
const utf8 = new TextEncoder();
qrcode.stringToBytes = (s: string) => Array.from(utf8.encode(s));

const QUIET = 4;

export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const { size, path } = useMemo(() => {
    const qr = qrcode(0, 'L');
    qr.addData(text, 'Byte');
    qr.make();
    const n = qr.getModuleCount();
    let d = '';
    for (let row = 0; row < n; row++) {
      for (let col = 0; col < n; col++) if (qr.isDark(row, col)) d += `M${col + QUIET} ${row + QUIET}h1v1h-1z`;
    }
    return { size: n + QUIET * 2, path: d };
  }, [text]);
  return (
    <svg className={className} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges" data-qr={text}>
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
