/** The local-host target: engines are directories or (opt-in, destructive) block devices on this machine. */
package org.storageharness.target.local;
