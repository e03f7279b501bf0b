/**
 * The fictional demo: a municipality with real district codes, three opgaven, fictional providers, demo
 * users and generated stories with deliberate patterns. Loaded only when duiding.demo.enabled is true.
 * All personal data here is invented.
 */
package nl.duiding.demo;
