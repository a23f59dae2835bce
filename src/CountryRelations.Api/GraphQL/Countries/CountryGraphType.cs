using CountryRelations.Api.AnswerCaching;
using CountryRelations.Api.GraphQL.Common;
using CountryRelations.Countries;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Countries;

/// <summary>An ISO 3166-1 country.</summary>
public sealed class CountryGraphType : ObjectGraphType<Country>
{
    public CountryGraphType()
    {
        Name = "Country";
        this.FieldsFollowTheirParent();
        Description = "An ISO 3166-1 country or territory.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("ISO 3166-1 alpha-2 code, e.g. KP.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("alpha3").Description("ISO 3166-1 alpha-3 code, e.g. PRK.").Resolve(c => c.Source.Alpha3);
        Field<NonNullGraphType<StringGraphType>>("nameEn").Description("ISO English short name.").Resolve(c => c.Source.NameEn);
        Field<NonNullGraphType<StringGraphType>>("nameFr").Description("ISO French short name.").Resolve(c => c.Source.NameFr);
        Field<RegionGraphType>("region").Description("Its continent in the UN geoscheme; null for the few territories the scheme leaves out.")
            .Resolve(c => c.Service<CountryCatalog>().PlaceOf(c.Source.Code)?.Region);
        Field<StringGraphType>("subregion").Description("Its sub-region in the UN geoscheme, e.g. \"Eastern Asia\".")
            .Resolve(c => c.Service<CountryCatalog>().PlaceOf(c.Source.Code)?.Subregion is { Length: > 0 } subregion ? subregion : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Other names this country is known by, in English and French; all are accepted as a country argument.")
            .Resolve(c => c.Source.Aliases);
    }
}
