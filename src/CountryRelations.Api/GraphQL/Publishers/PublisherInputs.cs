using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Publishers;

/// <summary>What <c>registerPublisher</c> takes.</summary>
public sealed record RegisterPublisherInput(
    string Code, string Name, string? Government = null, string? Website = null, IReadOnlyList<string>? Hosts = null,
    IReadOnlyList<string>? Languages = null, string? Source = null, string? Conventions = null);

/// <summary>The input of <c>registerPublisher</c>.</summary>
public sealed class RegisterPublisherInputGraphType : InputObjectGraphType<RegisterPublisherInput>
{
    public RegisterPublisherInputGraphType()
    {
        Name = "RegisterPublisherInput";
        Description = "A new publisher: its pages import as soon as it is registered, on every instance.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Short code: capitals and digits in parts joined by '-', e.g. NO-MFA.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Full name.");
        Field<StringGraphType>("government").Description("The government it speaks for: ISO 3166-1 code or name.");
        Field<StringGraphType>("website").Description("Its web site (http or https).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("hosts").Description("Host patterns its pages are served under, e.g. \"regjeringen.no/en/dep/ud\", \"*.diplo.de\", \"ambafrance-*.org\".");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("languages").Description("Its languages (ISO 639-1).");
        Field<StringGraphType>("source").Description("Where these facts came from.");
        Field<StringGraphType>("conventions").Description("Page conventions as JSON where generic rules do not suffice: titlePatterns, chromeLines, chromePatterns, countryLinePatterns, publisherMarks, footerStarts, teaserEnds, pageTitles.");
    }
}

/// <summary>What <c>updatePublisher</c> takes.</summary>
public sealed record UpdatePublisherInput(
    string Code, string? Name = null, string? Government = null, string? Website = null, IReadOnlyList<string>? Hosts = null,
    IReadOnlyList<string>? Languages = null, string? Source = null, string? Conventions = null);

/// <summary>The input of <c>updatePublisher</c>.</summary>
public sealed class UpdatePublisherInputGraphType : InputObjectGraphType<UpdatePublisherInput>
{
    public UpdatePublisherInputGraphType()
    {
        Name = "UpdatePublisherInput";
        Description = "Changes to a publisher; what is left out stays as it is (an empty government or website clears it). The code never changes.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The publisher's code.");
        Field<StringGraphType>("name").Description("A new name.");
        Field<StringGraphType>("government").Description("A new government (code or name); \"\" clears it.");
        Field<StringGraphType>("website").Description("A new web site; \"\" clears it.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("hosts").Description("The whole new list of host patterns.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("languages").Description("The whole new list of languages.");
        Field<StringGraphType>("source").Description("Where the facts came from.");
        Field<StringGraphType>("conventions").Description("New page conventions as JSON.");
    }
}
