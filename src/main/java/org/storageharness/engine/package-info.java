/**
 * Storage engines as the checks see them: capabilities from the catalog, and adapters that answer an engine's
 * version, a volume's replica placement and health, and inject a replica fault with the least privilege.
 */
package org.storageharness.engine;
