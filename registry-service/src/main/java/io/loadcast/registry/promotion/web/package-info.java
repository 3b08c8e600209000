@NullMarked
package io.loadcast.registry.promotion.web;

import org.jspecify.annotations.NullMarked;
