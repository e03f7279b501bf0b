/**
 * Dashboards for policy officers: counts, facets, signifier charts and the stories behind them, per opgave.
 * Shows story text (escaped) from the index; stores nothing.
 */
package nl.duiding.dashboard;
