@NullMarked
package io.loadcast.starter.web;

import org.jspecify.annotations.NullMarked;
