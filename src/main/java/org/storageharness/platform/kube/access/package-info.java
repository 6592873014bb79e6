/**
 * The API rights a run on a cluster needs, derived from the code paths its suite takes, and checked with
 * SelfSubjectAccessReviews before anything is created.
 */
package org.storageharness.platform.kube.access;
