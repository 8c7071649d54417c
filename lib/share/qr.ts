import QRCode from "qrcode";

/**
 * QR codes for anything printed or shared (posters, share cards; letters keep their own helper).
 * Error correction M: survives a creased poster or a recompressed chat image, stays coarse enough
 * for a cheap phone camera at the sizes used here.
 */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 0 });
}

/** The same code as a PNG data URL, for images rendered on the server (Satori draws `<img>`). */
export function qrDataUrl(url: string, size = 360): Promise<string> {
  return QRCode.toDataURL(url, { type: "image/png", errorCorrectionLevel: "M", margin: 1, width: size });
}
