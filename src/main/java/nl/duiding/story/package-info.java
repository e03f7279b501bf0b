/**
 * Stories: told experiences with the teller's own signification answers and consents.
 * Special-category personal data (GDPR art. 9): no account, no BSN; the receipt code is stored only as a hash.
 */
package nl.duiding.story;
