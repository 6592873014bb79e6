/** Correctness checks on an engine's volumes — snapshot restore, persistence, replica failover — with golden data, fault permission and windows. */
package org.storageharness.check;
