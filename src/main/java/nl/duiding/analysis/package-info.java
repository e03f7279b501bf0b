/**
 * Analysis: the Lucene index of stories (a projection of PostgreSQL that can always be rebuilt) and the
 * questions dashboards ask of it. Holds copies of story text and answers, never the receipt code.
 */
package nl.duiding.analysis;
