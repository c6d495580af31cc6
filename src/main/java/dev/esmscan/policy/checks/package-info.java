/**
 * Checks that several rules share, kept out of the rules so each rule's consequence stays one
 * call: what a Zowe server user and a started procedure must look like, the evidence that says
 * what was found, and the neutral changes that fix it. They read the neutral model only.
 */
package dev.esmscan.policy.checks;
