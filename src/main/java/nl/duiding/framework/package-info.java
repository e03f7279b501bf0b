/**
 * Signification frameworks: the versioned questions with which tellers interpret their own story.
 * Holds no personal data; published versions never change.
 */
package nl.duiding.framework;
