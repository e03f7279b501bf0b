/**
 * Privacy: finds personal data that tellers typed into their stories (BSN, phone, e-mail, IBAN, address,
 * names, schools and GP practices) so it is masked before anyone reads the story, and seals originals. Holds no data
 * itself.
 */
package nl.duiding.privacy;
