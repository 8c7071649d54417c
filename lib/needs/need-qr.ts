import QRCode from "qrcode";

/** A QR code as inline SVG (slips and posters, screen and print). */
export function needQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}
