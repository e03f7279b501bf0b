/**
 * Production data (koude data, P x Q): imports iJw/iWmo declarations and CSV exports, budgets per opgave, and figures.
 * Personal data: a keyed pseudonym per client (HMAC of the BSN); the BSN itself is checked and dropped at import.
 */
package nl.duiding.production;
