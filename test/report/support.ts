/** Test support for the HTML report: a round whose text tries to inject markup, written here. */

/** A title, a respondent name and answers carrying markup that must stay text. */
export const INJECTION_ROUND = `Sammanställning av remissvar

Remissen gällande ”Trygghet i parker <script>alert(1)</script> & torg” skickades till nämnderna. Remissinstanserna ombads besvara följande remissfrågor:

1. Vilka pågående processer passar in i arbetet med trygghet?
2. Vilken nämnd eller vilket bolag bör få den samordnande rollen för arbetet?

Inkomna remissvar

Räddningstjänsten <img src=x onerror=alert(2)>

Yttrande
Vi deltar i CTC <script>alert("x")</script> & SSPF i flera områden.

Vilken nämnd eller vilket bolag bör få den samordnande rollen?
Räddningstjänsten föreslår att fritidsnämnden <b>får</b> den samordnande rollen.

Kulturnämnden

Yttrande
Kulturnämnden deltar i CTC och i SSPF.
`;

/**
 * The start tags of an HTML text, attribute values blanked: text is escaped, so every "<" left
 * opens a real tag, and what a quoted value says ("… onerror=…" in a title) is only text.
 */
export function startTags(html: string): string[] {
  return (html.match(/<[a-zA-Z][^>]*>/g) ?? []).map((t) => t.replace(/"[^"]*"/g, '""'));
}
