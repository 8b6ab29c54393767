/**
 * What the office keeps and for how long: a closed file's content is destroyed when its retention
 * period ends, and uploads no file took are let go.
 */
package ca.vigie.complaints.retention;
