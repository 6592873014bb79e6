/** The local-host platform: engines are directories or (opt-in, destructive) block devices on this machine. */
package org.storageharness.platform.local;
