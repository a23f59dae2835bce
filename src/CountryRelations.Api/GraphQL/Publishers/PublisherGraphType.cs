using System.Text.Json;
using CountryRelations.Publishers;
using GraphQL.Types;

namespace CountryRelations.Api.GraphQL.Publishers;

/// <summary>A publisher of profiles, with the registry facts the importer reads.</summary>
public sealed class PublisherGraphType : ObjectGraphType<Publisher>
{
    public PublisherGraphType()
    {
        Name = "Publisher";
        Description = "An institution that publishes country relations profiles: a registry row (registerPublisher, updatePublisher), no code.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Short code used in arguments, e.g. FR-MFA.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Full name.").Resolve(c => c.Source.Name);
        Field<StringGraphType>("website").Description("The publisher's web site.").Resolve(c => c.Source.Website);
        Field<StringGraphType>("government").Description("The government it speaks for (ISO 3166-1 alpha-2); never the subject of one of its pages.").Resolve(c => c.Source.Government);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("hosts")
            .Description("Where its pages are served: a host covers its sub-domains (\"diplo.de\" covers every German embassy), '*' part of a label, \"host/path\" a part of a shared portal.")
            .Resolve(c => c.Source.Hosts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("languages").Description("The languages it publishes in (ISO 639-1).").Resolve(c => c.Source.Languages);
        Field<StringGraphType>("conventions")
            .Description("Its page conventions as JSON (title patterns, chrome lines, footers, page titles) where generic rules do not suffice: its own, else those shipped for its code; null: generic rules only.")
            .Resolve(c => c.Source.Conventions ?? (ForeignMinistries.Find(c.Source.Code)?.Conventions is { } shipped ? JsonSerializer.Serialize(shipped, JsonSerializerOptions.Web) : null));
        Field<StringGraphType>("source").Description("Where the facts about it came from.").Resolve(c => c.Source.Source);
    }
}

/// <summary>A publisher a dry run proposes to register for a page from an unknown host.</summary>
public sealed class SuggestedPublisherGraphType : ObjectGraphType<PublisherDefinition>
{
    public SuggestedPublisherGraphType()
    {
        Name = "SuggestedPublisher";
        Description = "What to register (registerPublisher) so that pages from this host import: name from the page, government from the host's country domain or the name.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("A code from the government (e.g. NO-MFA).").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The ministry's name as the page gives it, else the host.").Resolve(c => c.Source.Name);
        Field<StringGraphType>("government").Description("The government, from the host's country domain or the name.").Resolve(c => c.Source.Government);
        Field<StringGraphType>("website").Description("The site.").Resolve(c => c.Source.Website);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("hosts").Description("The page's host.").Resolve(c => c.Source.Hosts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("languages").Description("The page's language.").Resolve(c => c.Source.Languages);
    }
}
