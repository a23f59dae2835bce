using CountryRelations.Api.GraphQL.Countries;
using CountryRelations.Countries;
using CountryRelations.Identification;
using CountryRelations.Api.GraphQL.Common;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Import;

/// <summary>Which profile and date an imported page was placed at.</summary>
public sealed class PageIdentityGraphType : ObjectGraphType<PageIdentity>
{
    public PageIdentityGraphType()
    {
        Name = "PageIdentity";
        Description = "Which profile (publisher × country × language) and date a page belongs to, each with where it was found. A given value always wins; a title and an address that name different countries are refused (COUNTRY_CONFLICT).";
        Field<NonNullGraphType<PageFactGraphType>>("countryCode").Description("The subject country's alpha-2 code.").Resolve(c => c.Source.Country);
        Field<CountryGraphType>("country").Description("The subject country; null when none was found.")
            .Resolve(c => c.Source.Country.Value is { } code ? c.Service<CountryCatalog>().Find(code) : null);
        Field<NonNullGraphType<PageFactGraphType>>("publisher").Description("The publisher's code.").Resolve(c => c.Source.Publisher);
        Field<NonNullGraphType<PageFactGraphType>>("language").Description("The page's language.").Resolve(c => c.Source.Language);
        Field<NonNullGraphType<DateFactGraphType>>("publishedOn").Description("The publication date, or \"no date stated\".").Resolve(c => c.Source.PublishedOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountryClueGraphType>>>>("countryClues")
            .Description("Every hint at the country that was seen: title, source address, lead line, opening sentence, the country named most.")
            .Resolve(c => c.Source.CountryClues);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("notes")
            .Description("What the import noticed while deciding, e.g. a page whose text is plainly in another language than its address says (the text wins).")
            .Resolve(c => c.Source.Notes);
    }
}
