/**
 * Rate limiting: token buckets per client address and per collection link that slow down password
 * guessing and flooding. Holds client addresses in memory only, for at most one limit period.
 */
package nl.duiding.ratelimit;
