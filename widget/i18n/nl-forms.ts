/**
 * What the desk's referral form and the feedback form both say, in Dutch. In the forms chunk with
 * the rest that the two forms share (vite.config.ts), so widget.js and the first answer do not
 * carry it; each form's chunk adds it to its own texts (`messagesWith`).
 */
export const nlForms = {
  noteWarning: 'Schrijf geen BSN, e-mailadres, telefoonnummer of geboortedatum. Namen, adressen en kentekens worden niet bewaard.',
  sending: 'Bezig met vastleggen…',
  recordFailed: 'Vastleggen lukte niet. Controleer de verbinding en probeer het opnieuw.',
};

export type FormTexts = typeof nlForms;
