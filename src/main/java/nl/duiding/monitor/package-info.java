/**
 * Monitor: warm next to cold. Composes the analysis module's story summaries with the production module's figures
 * per period, district and provider, and draws the care landscape; aggregates only, no story text, no pseudonym.
 */
package nl.duiding.monitor;
