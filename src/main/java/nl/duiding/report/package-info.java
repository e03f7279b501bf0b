/**
 * Raadsinformatie: council reports on an opgave that combine cold figures and warm stories, composed by a person,
 * published frozen (figures, charts and quoted texts stored with the report), as HTML and PDF, every figure passed
 * through one {@link nl.duiding.report.DisclosurePolicy}. Holds quoted story texts (only with the teller's consent).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Council reports")
package nl.duiding.report;
