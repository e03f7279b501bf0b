/**
 * Collections (uitvragen): a framework opened for an opgave through an unguessable public link, and the
 * public story form tellers use without an account. Handles story text in transit; stores none itself.
 */
package nl.duiding.collection;
