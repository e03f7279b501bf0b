/**
 * Verantwoordingsdialogen: municipality and providers look at pinned warm and cold material together and record
 * observations, interpretations, decisions and external developments. Holds staff usernames and names, and frozen
 * copies of masked story text that tellers consented to share (removed when the story is withdrawn).
 */
package nl.duiding.dialogue;
