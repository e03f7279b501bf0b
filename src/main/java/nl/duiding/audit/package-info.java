/**
 * Audit: the append-only record of every read and change of stories, production data and reports (NEN 7513).
 * Holds staff usernames, client addresses and object ids; never story text.
 */
package nl.duiding.audit;
