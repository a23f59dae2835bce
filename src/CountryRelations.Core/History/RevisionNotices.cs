namespace CountryRelations.History;

/// <summary>The PostgreSQL channel on which every recorded revision's id is announced, when its transaction commits.</summary>
public static class RevisionNotices
{
    public const string Channel = "countryrelations_revisions";
}
