using CountryRelations.Api.GraphQL.Capture;
using CountryRelations.Api.GraphQL.Notifications;
using CountryRelations.Api.GraphQL.Comparison;
using CountryRelations.Api.GraphQL.Countries;
using CountryRelations.Api.GraphQL.Integrity;
using CountryRelations.Api.GraphQL.Profiles;
using CountryRelations.Api.GraphQL.RevisionHistory;
using CountryRelations.Api.GraphQL.Search;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL;

/// <summary>The root query: each feature adds its own fields.</summary>
public sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType()
    {
        Name = "Query";
        Description = "Country relations profiles and their complete history, by country, topic and date.";
        this.AddCountryQueries();
        this.AddProfileQueries();
        this.AddRevisionQueries();
        this.AddComparisonQueries();
        this.AddIntegrityQueries();
        this.AddSearchQueries();
        this.AddCaptureQueries();
        this.AddWebhookQueries();
    }
}
