/**
 * Plan mode ({@code -Dplan=true}): what a run would do, create and need, found with reads only, and whether it could
 * go ahead.
 */
package org.storageharness.plan;
