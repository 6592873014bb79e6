package org.storageharness.fio;

/**
 * What the storage engine's own pods consumed while fio ran, sampled from metrics-server.
 *
 * @param samples how many samples the averages rest on
 * @param cpuCores mean CPU of the engine's pods together, in cores
 * @param memoryMiB the highest memory of the engine's pods together, in MiB
 */
public record ResourceCost(int samples, double cpuCores, double memoryMiB) {
}
