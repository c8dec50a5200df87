/**
 * Code the test fragments share: test fragments of different hosts cannot see each other's classes, so
 * what several of them need lives in this plain bundle, which they require. It is test code only: no
 * feature lists it and the product never contains it.
 */
package se.isu.tests.support;
