namespace CountryRelations.Publishers;

/// <summary>The publishers every installation starts with.</summary>
public static class KnownPublishers
{
    /// <summary>Code of the French Ministry for Europe and Foreign Affairs.</summary>
    public const string FrenchForeignMinistry = "FR-MFA";

    /// <summary>Code of the U.S. Department of State.</summary>
    public const string UsDepartmentOfState = "US-DOS";

    internal static Publisher[] Seed { get; } =
    [
        new() { Id = 1, Code = FrenchForeignMinistry, Name = "French Ministry for Europe and Foreign Affairs", Website = "https://www.diplomatie.gouv.fr" },
        new() { Id = 2, Code = UsDepartmentOfState, Name = "U.S. Department of State", Website = "https://www.state.gov" },
    ];
}
