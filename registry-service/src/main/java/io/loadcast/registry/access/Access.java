package io.loadcast.registry.access;

import io.loadcast.starter.security.ApiCaller;
import io.loadcast.starter.security.ApiRole;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Who a request comes from and what it may do to one experiment or registered model. As in MLflow's auth plugin, a
 * permission granted on the resource overrides the key's default (its configured role); NO_PERMISSIONS denies; and,
 * as MLflow's admin users, a key configured with MANAGE (the all-roles key among them) is never restricted by a
 * resource's rows, so no per-resource MANAGE holder can lock it out.
 */
@Service
public class Access {

    public static final String EXPERIMENT = "experiment";
    public static final String REGISTERED_MODEL = "registered_model";

    private final JdbcTemplate jdbc;

    Access(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The API key name of the caller, recorded in audit entries; {@code anonymous} for reads without a key. */
    public static String actor(HttpServletRequest request) {
        return ApiCaller.of(request).map(ApiCaller::name).orElse("anonymous");
    }

    public boolean allowed(HttpServletRequest request, String resourceType, String resourceId, ApiRole needed) {
        Optional<ApiCaller> caller = ApiCaller.of(request);
        if (caller.isEmpty()) {
            return false;
        }
        if (caller.get().role() == ApiRole.MANAGE) {
            return true;
        }
        List<String> granted = jdbc.queryForList(
                "select permission from permissions where resource_type = ? and resource_id = ? and key_name = ?",
                String.class,
                resourceType,
                resourceId,
                caller.get().name());
        if (granted.isEmpty()) {
            return caller.get().role().includes(needed);
        }
        String permission = granted.get(0);
        return !permission.equals("NO_PERMISSIONS")
                && ApiRole.valueOf(permission).includes(needed);
    }

    /**
     * Records the creator of a resource with the role its key already has. MLflow gives a creator MANAGE; here keys
     * are shared service identities, and MANAGE on a model means approving and overriding what is served, so an
     * EDIT key does not gain it by creating a resource: a MANAGE key must grant it.
     */
    public void grantCreator(HttpServletRequest request, String resourceType, String resourceId) {
        ApiCaller.of(request)
                .ifPresent(
                        c -> grant(resourceType, resourceId, c.name(), c.role().name()));
    }

    /** Drops every permission on a deleted resource, so a resource later created under its name starts clean. */
    public void forget(String resourceType, String resourceId) {
        jdbc.update("delete from permissions where resource_type = ? and resource_id = ?", resourceType, resourceId);
    }

    /** Permissions follow a registered model or experiment through a rename. */
    public void rename(String resourceType, String oldId, String newId) {
        jdbc.update(
                "update permissions set resource_id = ? where resource_type = ? and resource_id = ?",
                newId,
                resourceType,
                oldId);
    }

    public void grant(String resourceType, String resourceId, String keyName, String permission) {
        jdbc.update(
                "insert into permissions (resource_type, resource_id, key_name, permission) values (?, ?, ?, ?)"
                        + " on conflict (resource_type, resource_id, key_name) do update set permission ="
                        + " excluded.permission",
                resourceType,
                resourceId,
                keyName,
                permission);
    }
}
