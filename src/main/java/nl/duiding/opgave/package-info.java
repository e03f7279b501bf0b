/**
 * Opgaven, providers and districts: what the municipality steers on, who delivers, and where.
 * Holds no personal data (provider and district names are public facts).
 */
package nl.duiding.opgave;
