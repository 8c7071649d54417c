import { chineseDay, formatHours } from "@/lib/letters/letter-rules";
import { letterDocText } from "@/lib/letters/letter-text";
import type { LetterView } from "@/lib/letters/letter-view";

/**
 * A letter of thanks as an official document (A4): red header with the community's party
 * organization, title, serial, addressee, body, services table, honours, closing, signature
 * and date, and the QR code to the verification page. Always in Chinese (see letter-text.ts).
 * The same markup is the preview on screen and the printed page.
 */
export function LetterDocument({ letter, qrSvg }: { letter: LetterView; qrSvg: string }) {
  const t = letterDocText();
  const paragraphs = letter.body
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <article className="letter-sheet" lang="zh-CN" aria-label={`${t("title")} ${letter.serial}`}>
      <header className="text-center">
        <p className="letter-org">{letter.partyOrg}</p>
        <div className="letter-rule" aria-hidden="true" />
      </header>
      <h2 className="letter-title">{t("title")}</h2>
      <p className="letter-serial">{t("serial", { serial: letter.serial })}</p>
      <p className="letter-salutation">{t("salutation", { addressee: letter.addressee })}</p>
      <p className="letter-p">
        {t("lead", {
          name: letter.memberName,
          year: letter.year,
          count: letter.activityCount,
          hours: formatHours(letter.totalHours),
        })}
      </p>
      <table className="letter-table">
        <thead>
          <tr>
            <th scope="col" className="w-[8%]">
              {t("colNo")}
            </th>
            <th scope="col" className="w-[22%]">
              {t("colDate")}
            </th>
            <th scope="col">{t("colTitle")}</th>
            <th scope="col" className="w-[16%]">
              {t("colCategory")}
            </th>
            <th scope="col" className="w-[16%]">
              {t("colHours")}
            </th>
          </tr>
        </thead>
        <tbody>
          {letter.services.map((s, i) => (
            <tr key={`${s.date}-${i}`}>
              <td className="text-center">{i + 1}</td>
              <td className="text-center whitespace-nowrap">{chineseDay(s.date)}</td>
              <td>{s.title}</td>
              <td className="text-center">{s.category}</td>
              <td className="tabular text-right">{formatHours(s.hours)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3} className="text-center">
              {t("total")}
            </th>
            <td className="text-center font-bold">{t("totalCount", { count: letter.activityCount })}</td>
            <td className="tabular text-right font-bold">{formatHours(letter.totalHours)}</td>
          </tr>
        </tfoot>
      </table>
      {letter.stars ? <p className="letter-p">{t("honours", { year: letter.year, stars: letter.stars })}</p> : null}
      {letter.contributions ? <p className="letter-p">{t("contributions", { text: letter.contributions })}</p> : null}
      {paragraphs.map((p, i) => (
        <p key={i} className="letter-p">
          {p}
        </p>
      ))}
      <p className="letter-p">{t("regards1")}</p>
      <p>{t("regards2")}</p>
      <footer className="letter-footer">
        <figure className="letter-qr">
          <div className="letter-qr-code" role="img" aria-label={t("qrAlt")} dangerouslySetInnerHTML={{ __html: qrSvg }} />
          <figcaption>{t("verifyHint")}</figcaption>
        </figure>
        <div className="letter-signature">
          <p>{letter.partyOrg}</p>
          <p>{letter.issuedOn}</p>
        </div>
      </footer>
    </article>
  );
}

/**
 * The letter's look, on screen and on paper: A4 with 20 mm margins, one letter per page, and
 * nothing but the letters when printing (elements marked `.no-print` disappear).
 */
export const LETTER_CSS = `
:where(.letter-sheet) :where(p, h2, figure, ul) { margin: 0; }
.letter-sheet { box-sizing: border-box; width: 210mm; max-width: 100%; min-height: 297mm; margin: 0 auto; padding: 20mm; background: #fff; color: #111;
  font-family: "Noto Serif SC", "Source Han Serif SC", "Songti SC", "STSong", "SimSun", serif; font-size: 12pt; line-height: 1.65;
  box-shadow: 0 1px 4px rgba(0,0,0,.15); }
.letter-org { color: #b91c1c; font-size: 21pt; font-weight: 700; letter-spacing: .12em; line-height: 1.4; }
.letter-rule { margin-top: 6pt; border-top: 2.4pt solid #b91c1c; height: 3pt; border-bottom: .7pt solid #b91c1c; }
.letter-title { margin-top: 12pt; text-align: center; font-size: 20pt; font-weight: 700; letter-spacing: .5em; text-indent: .5em; }
.letter-serial { text-align: right; font-size: 10.5pt; }
.letter-salutation { margin-top: 4pt; font-size: 14pt; font-weight: 700; }
.letter-p { text-indent: 2em; text-align: justify; margin-bottom: 2pt; }
.letter-table { width: 100%; border-collapse: collapse; margin: 6pt 0 8pt; font-size: 10.5pt; line-height: 1.35; }
.letter-table th, .letter-table td { border: .6pt solid #444; padding: 2.5pt 5pt; }
.letter-table thead th { font-weight: 700; text-align: center; }
.letter-table tr { break-inside: avoid; }
.letter-footer { display: flex; justify-content: space-between; align-items: flex-end; gap: 16pt; margin-top: 12pt; break-inside: avoid; }
.letter-qr { margin: 0; text-align: center; font-size: 8pt; line-height: 1.4; }
.letter-qr-code { width: 22mm; height: 22mm; }
.letter-qr-code svg { width: 100%; height: 100%; display: block; }
.letter-signature { min-width: 55%; text-align: center; font-size: 13pt; line-height: 1.8; }
@page { size: A4; margin: 20mm; }
@media print {
  html, body { background: #fff !important; }
  .no-print { display: none !important; }
  .letter-sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; break-after: page; }
  .letter-sheet:last-of-type { break-after: auto; }
}
`;

export function LetterStyles() {
  return <style>{LETTER_CSS}</style>;
}
