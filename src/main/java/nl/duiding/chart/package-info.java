/**
 * Chart: the geometry of Duiding's charts and the one SVG renderer that draws them, inline on pages, pinned in
 * dialogues and frozen in council reports. Holds no personal data: a published chart holds aggregates only.
 */
package nl.duiding.chart;
