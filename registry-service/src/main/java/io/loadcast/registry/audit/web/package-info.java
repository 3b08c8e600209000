@NullMarked
package io.loadcast.registry.audit.web;

import org.jspecify.annotations.NullMarked;
