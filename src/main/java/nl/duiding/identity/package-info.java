/**
 * Identity: user accounts, roles and the security rules every request passes.
 * Holds names and usernames of municipal and provider staff, and password hashes.
 */
package nl.duiding.identity;
