/**
 * Platform: how Duiding finds its database, shows errors and speaks Dutch or English.
 * Holds no personal data.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.duiding.platform;
