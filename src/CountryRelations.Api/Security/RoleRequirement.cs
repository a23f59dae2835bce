using GraphQL.Builders;
using GraphQL.Types;

namespace CountryRelations.Api.Security;

/// <summary>Field metadata naming the roles that may use a field; <see cref="RoleRequirementRule"/> enforces it.</summary>
public static class RoleRequirement
{
    /// <summary>The metadata key holding the roles.</summary>
    public const string MetadataKey = "countryrelations:roles";

    /// <summary>Only a token with one of <paramref name="roles"/> may select this field.</summary>
    public static FieldBuilder<TSource, TReturn> RequireRole<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params string[] roles)
    {
        field.FieldType.Metadata[MetadataKey] = roles;
        field.FieldType.Description += $" Requires the role {string.Join(" or ", roles)}.";
        return field;
    }

    /// <summary>The roles <paramref name="field"/> requires, or null for everyone.</summary>
    public static string[]? RolesOf(IFieldType field) => field.GetMetadata<string[]?>(MetadataKey);
}
