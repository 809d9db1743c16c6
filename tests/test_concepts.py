"""The course's concepts as data: shape of every catalogue, seed coverage, lookup."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

import salesplan.concepts as concepts
from salesplan.concepts import (
    CAS_PARTICULIERS,
    CATALOGUES,
    CIBLES,
    CODES_CIBLES,
    CONNAISSANCE_CLIENT,
    ETAPES_ACHAT,
    ETAPES_APPEL_OFFRES,
    ETAPES_CONCLUSION,
    ETAPES_ENTRETIEN,
    ETAPES_PREPARATION,
    FINANCEMENTS,
    INDICATEURS,
    LEVIERS_FIDELISATION,
    MODES_PAIEMENT,
    NEGOCIATION,
    NOTIONS_FIDELISATION,
    OBJECTIFS,
    OBJECTIFS_PARTENARIAT,
    OUTILS_ACHAT,
    OUTILS_AIDE_VENTE,
    OUTILS_PROSPECTION,
    QUALITES_PROGRAMME,
    REPERES,
    ROLES,
    STRATEGIE,
    STRATEGIES_APPROCHE,
    TECHNIQUES_CONCLUSION,
    TRAITS_CIBLES,
    TYPES_CLIENTS,
    VENTES_ADDITIONNELLES,
    Catalogue,
    Etape,
    TraitCible,
    tous_les_concepts,
    trouver,
)
from salesplan.errors import SalesplanTypeError, UnknownCodeError

SNAKE_ASCII = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)*")
SEED = Path(__file__).resolve().parents[1] / "book" / "_data" / "outline_seed.md"

# Every leaf of the seed (sections A, B and the remarks) and the concepts that teach it.
SEED_LEAVES: dict[str, list[tuple[Catalogue[Any], str]]] = {
    "TPE/PME = cible plus restreinte mais plus informée (négociation avec le directeur)": [
        (TYPES_CLIENTS, "micro"),
        (TYPES_CLIENTS, "pme"),
    ],
    "Grandes entreprises = services dédiés (centrale d'achat)": [
        (TYPES_CLIENTS, "grande_entreprise"),
        (TYPES_CLIENTS, "centrale_achat"),
    ],
    "Comité d'entreprise (+ de 50 salariés), présidé par le directeur": [(TYPES_CLIENTS, "cse")],
    "Acteurs institutionnels (État, administrations, ...)": [(TYPES_CLIENTS, "administration")],
    "Cahier des charges : besoins qualitatifs / quantitatifs": [(OUTILS_ACHAT, "cahier_des_charges")],
    "Procédure : consultation - candidature - sélection": [
        (OUTILS_ACHAT, "appel_d_offres"),
        (ETAPES_APPEL_OFFRES, "consultation"),
        (ETAPES_APPEL_OFFRES, "candidature"),
        (ETAPES_APPEL_OFFRES, "selection"),
    ],
    "Grille de comparaison des offres : disséquer les offres des fournisseurs et comparer": [
        (OUTILS_ACHAT, "grille_comparaison_offres")
    ],
    "Grille de simulation : anticiper les objections": [(OUTILS_ACHAT, "grille_simulation")],
    "Argumentaire de l'acheteur : propositions relatives aux clauses à négocier": [
        (OUTILS_ACHAT, "argumentaire_acheteur")
    ],
    "1- Prise de conscience du besoin": [(ETAPES_ACHAT, "prise_de_conscience")],
    "2- Recherche d'information": [(ETAPES_ACHAT, "recherche_information")],
    "3- Comparaison des solutions possibles": [(ETAPES_ACHAT, "comparaison_solutions")],
    "4- Prise de décision": [(ETAPES_ACHAT, "prise_de_decision")],
    "5- Évaluation post-achat": [(ETAPES_ACHAT, "evaluation_post_achat")],
    "Acheteur": [(ROLES, "acheteur")],
    "Utilisateurs": [(ROLES, "utilisateur")],
    "Prescripteurs": [(ROLES, "prescripteur")],
    "Décideurs": [(ROLES, "decideur")],
    "Conseillers": [(ROLES, "conseiller")],
    "Processus long": [(TRAITS_CIBLES, "processus_long")],
    "Porte sur une solution complète": [(TRAITS_CIBLES, "solution_complete")],
    "Comparaison des fournisseurs": [(TRAITS_CIBLES, "comparaison_fournisseurs")],
    "Interlocuteurs nombreux : analyse de l'organigramme et du sociogramme": [
        (TRAITS_CIBLES, "interlocuteurs_nombreux"),
        (concepts.NOTIONS, "organigramme"),
        (concepts.NOTIONS, "sociogramme"),
    ],
    "Mission d'entreprise": [(TRAITS_CIBLES, "mission_entreprise")],
    "Veulent des solutions concrètes": [(TRAITS_CIBLES, "solutions_concretes")],
    "Achat en grande quantité mais pas n'importe quoi": [(TRAITS_CIBLES, "achat_grande_quantite")],
    "Budget limité": [(TRAITS_CIBLES, "budget_limite")],
    "Apprécie les tarifs référentiels dégressifs": [(TRAITS_CIBLES, "tarifs_degressifs")],
    "Interlocuteurs pouvant changer": [(TRAITS_CIBLES, "interlocuteurs_changeants")],
    "Doit satisfaire l'intérêt général": [(TRAITS_CIBLES, "interet_general")],
    "Besoins liés à son fonctionnement propre et à son activité d'intérêt général": [
        (TRAITS_CIBLES, "besoins_fonctionnement")
    ],
    "Acheter peut faire intervenir l'utilisateur": [(TRAITS_CIBLES, "intervention_utilisateur")],
    "Augmenter le CA": [(OBJECTIFS_PARTENARIAT, "augmenter_ca")],
    "Diminuer certains coûts": [(OBJECTIFS_PARTENARIAT, "diminuer_couts")],
    "Échange de savoir-faire": [(OBJECTIFS_PARTENARIAT, "echange_savoir_faire")],
    "Acquérir de la notoriété": [(OBJECTIFS_PARTENARIAT, "acquerir_notoriete")],
    "Trouver un réseau de distribution": [(OBJECTIFS_PARTENARIAT, "trouver_reseau_distribution")],
    "Faire offrir gratuitement des cadeaux aux clients": [(OBJECTIFS_PARTENARIAT, "cadeaux_clients")],
    "Échange sur indicateurs quantitatifs et qualitatifs": [(OBJECTIFS_PARTENARIAT, "echange_indicateurs")],
    "Créer un fichier": [(OUTILS_PROSPECTION, "fichier")],
    "Créer un livre blanc": [(OUTILS_PROSPECTION, "livre_blanc")],
    "Faire du lead scoring": [(OUTILS_PROSPECTION, "lead_scoring")],
    "Identification du client (raison sociale, activité, ...)": [(CONNAISSANCE_CLIENT, "identification")],
    "Précision sur le contact (secteur d'activité, biens proposés, ...)": [(CONNAISSANCE_CLIENT, "precisions_contact")],
    "Historique avec le contact (produits commandés, montant des commandes, ...)": [
        (CONNAISSANCE_CLIENT, "historique")
    ],
    "Fixer les objectifs : qualitatifs / quantitatifs": [
        (OBJECTIFS, "objectifs_qualitatifs"),
        (OBJECTIFS, "objectifs_quantitatifs"),
    ],
    "Stratégie d'approche": [(STRATEGIE, "strategie_approche"), (STRATEGIES_APPROCHE, "prospection_directe")],
    "Évaluer sa marge": [(STRATEGIE, "evaluer_marge")],
    "Préparer les outils d'aide à la vente": [
        (ETAPES_PREPARATION, "outils_aide_vente"),
        (OUTILS_AIDE_VENTE, "argumentaire_vente"),
    ],
    "Promesse": [(ETAPES_ENTRETIEN, "promesse")],
    "Prestations": [(ETAPES_ENTRETIEN, "prestations")],
    "Clientèle": [(ETAPES_ENTRETIEN, "clientele")],
    "Présentation": [(ETAPES_ENTRETIEN, "presentation")],
    "Processus commercial": [(ETAPES_ENTRETIEN, "processus_commercial")],
    "Déroulé de la prestation": [(ETAPES_ENTRETIEN, "deroule_prestation")],
    "Prise de contact": [(NEGOCIATION, "prise_de_contact")],
    "CGV entre professionnels": [(NEGOCIATION, "cgv")],
    "Conditions et délais de paiement (au comptant / différé)": [
        (NEGOCIATION, "conditions_paiement"),
        (MODES_PAIEMENT, "paiement_comptant"),
        (MODES_PAIEMENT, "paiement_differe"),
    ],
    "Financement (emprunt / crédit-bail / escompte bancaire)": [
        (NEGOCIATION, "financement"),
        (FINANCEMENTS, "emprunt"),
        (FINANCEMENTS, "credit_bail"),
        (FINANCEMENTS, "escompte_bancaire"),
    ],
    "Les règles de facturation à respecter entre professionnels": [(NEGOCIATION, "regles_facturation")],
    "Le droit de rétractation entre professionnels": [(NEGOCIATION, "retractation_professionnels")],
    "La fiscalité": [(NEGOCIATION, "fiscalite"), (concepts.FISCALITE, "autoliquidation")],
    "Résumer les avantages": [(ETAPES_CONCLUSION, "resumer_avantages")],
    "Conclusion : directe, implicite, alternative, proposition": [
        (ETAPES_CONCLUSION, "conclure"),
        (TECHNIQUES_CONCLUSION, "directe"),
        (TECHNIQUES_CONCLUSION, "implicite"),
        (TECHNIQUES_CONCLUSION, "alternative"),
        (TECHNIQUES_CONCLUSION, "proposition"),
    ],
    "Vente additionnelle : vente complémentaire": [
        (ETAPES_CONCLUSION, "vente_additionnelle"),
        (VENTES_ADDITIONNELLES, "vente_complementaire"),
    ],
    "Calcul du montant de la commande": [(ETAPES_CONCLUSION, "calcul_montant_commande")],
    "Marketing relationnel : stimulants financiers, stimulants sociaux, liens structurels": [
        (NOTIONS_FIDELISATION, "marketing_relationnel"),
        (LEVIERS_FIDELISATION, "stimulants_financiers"),
        (LEVIERS_FIDELISATION, "stimulants_sociaux"),
        (LEVIERS_FIDELISATION, "liens_structurels"),
    ],
    "Cas particuliers": [(CAS_PARTICULIERS, "client_insatisfait"), (CAS_PARTICULIERS, "reconquete")],
    "L'écoute, la prise en considération de l'avis du client": [(QUALITES_PROGRAMME, "ecoute")],
    "La facilité": [(QUALITES_PROGRAMME, "facilite")],
    "L'anticipation": [(QUALITES_PROGRAMME, "anticipation")],
    "L'humilité": [(QUALITES_PROGRAMME, "humilite")],
    "La convivialité": [(QUALITES_PROGRAMME, "convivialite")],
    "La pro-activité": [(QUALITES_PROGRAMME, "pro_activite")],
    "La souplesse": [(QUALITES_PROGRAMME, "souplesse")],
    "Négociation plus longue en BtoB qu'en BtoC": [(REPERES, "negociation_plus_longue_btob")],
    "Plus de 90 % des entreprises françaises ont moins de 10 salariés": [(REPERES, "micro_entreprises_majoritaires")],
}


def _seed_leaves() -> list[str]:
    """Leaves of the seed's tree (the course's title line excluded)."""
    block = SEED.read_text(encoding="utf-8").split("```")[1].splitlines()[1:]
    lines = [(len(line) - len(line.lstrip()), line.strip()) for line in block if line.strip()]
    return [
        text for i, (indent, text) in enumerate(lines) if i > 0 and (i == len(lines) - 1 or lines[i + 1][0] <= indent)
    ]


def test_every_seed_leaf_has_a_concept() -> None:
    assert sorted(_seed_leaves()) == sorted(SEED_LEAVES)
    for leaf, targets in SEED_LEAVES.items():
        for catalogue, code in targets:
            assert code in catalogue, (leaf, catalogue.nom, code)


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda c: c.nom)
def test_catalogue_shape(catalogue: Catalogue[Any]) -> None:
    assert len(catalogue) > 0
    assert catalogue.nom and catalogue.nom == catalogue.nom.strip()
    codes = catalogue.codes()
    assert len(set(codes)) == len(codes)
    for concept in catalogue:
        assert SNAKE_ASCII.fullmatch(concept.code), concept.code
        for text in (concept.libelle, concept.definition, concept.exemple):
            assert text.strip() == text and text, (catalogue.nom, concept.code)
        assert all(d.strip() for d in concept.details), concept.code


def test_catalogue_names_are_unique_and_every_exported_catalogue_is_listed() -> None:
    noms = [c.nom for c in CATALOGUES]
    assert len(set(noms)) == len(noms)
    exported = [getattr(concepts, name) for name in concepts.__all__]
    assert {id(c) for c in exported if isinstance(c, Catalogue)} == {id(c) for c in CATALOGUES}


def test_ordered_catalogues_count_from_one() -> None:
    for catalogue in CATALOGUES:
        items = list(catalogue)
        if isinstance(items[0], Etape):
            assert [e.ordre for e in items] == list(range(1, len(items) + 1)), catalogue.nom


def test_five_stages_of_the_buying_process() -> None:
    assert [(e.ordre, e.code) for e in ETAPES_ACHAT] == [
        (1, "prise_de_conscience"),
        (2, "recherche_information"),
        (3, "comparaison_solutions"),
        (4, "prise_de_decision"),
        (5, "evaluation_post_achat"),
    ]
    assert ETAPES_APPEL_OFFRES.codes() == ("consultation", "candidature", "selection")
    assert "DUME" in ETAPES_APPEL_OFFRES["candidature"].definition
    assert "R2152-7" in ETAPES_APPEL_OFFRES["selection"].source


def test_seven_program_qualities_in_seed_order() -> None:
    assert QUALITES_PROGRAMME.codes() == (
        "ecoute",
        "facilite",
        "anticipation",
        "humilite",
        "convivialite",
        "pro_activite",
        "souplesse",
    )
    assert len(OBJECTIFS_PARTENARIAT) == 7
    assert ETAPES_ENTRETIEN.codes()[0] == "promesse" and len(ETAPES_ENTRETIEN) == 6


def test_target_traits_point_to_known_targets() -> None:
    assert CIBLES.codes() == CODES_CIBLES
    counts = {cible: sum(t.cible == cible for t in TRAITS_CIBLES) for cible in CODES_CIBLES}
    assert counts == {"btob": 4, "btog": 3, "cse": 6}
    with pytest.raises(ValueError, match="cible inconnue 'btoc'"):
        TraitCible("x", "x", "x", "x", cible="btoc")


def test_roles_say_what_the_seller_does_and_cite_the_literature() -> None:
    assert ROLES.codes()[:5] == ("acheteur", "utilisateur", "prescripteur", "decideur", "conseiller")
    assert all(role.conduite for role in ROLES)
    assert "Webster" in ROLES["filtre"].source
    assert "Bonoma" in ROLES["initiateur"].source


def test_closing_techniques_have_a_dialogue() -> None:
    assert TECHNIQUES_CONCLUSION.codes() == ("directe", "implicite", "alternative", "proposition")
    for technique in TECHNIQUES_CONCLUSION:
        assert len(technique.exemple_dialogue) >= 2
        assert all(re.match(r"^[A-ZÉ][\w-]* : \S", line) for line in technique.exemple_dialogue)


def test_cse_is_related_to_the_former_comite_d_entreprise() -> None:
    cse = TYPES_CLIENTS["cse"]
    assert "comité d'entreprise" in cse.definition and "2017-1386" in cse.definition
    assert "L2311-2" in cse.source and "L2315-23" in cse.source
    assert "INSEE" in TYPES_CLIENTS["micro"].definition.upper()


def test_umbrella_and_kinds_of_additional_sales() -> None:
    umbrella = ETAPES_CONCLUSION["vente_additionnelle"].definition
    assert "cross-selling" in umbrella and "up-selling" in umbrella
    assert VENTES_ADDITIONNELLES.codes() == ("vente_complementaire", "montee_en_gamme")


def test_relationship_levels_and_indicators() -> None:
    assert [lev.code for lev in LEVIERS_FIDELISATION] == [
        "stimulants_financiers",
        "stimulants_sociaux",
        "liens_structurels",
    ]
    assert all("1991" in lev.source for lev in LEVIERS_FIDELISATION)
    assert all(ind.formule for ind in INDICATEURS)
    assert len(CAS_PARTICULIERS) >= 4


def test_tous_les_concepts_walks_every_catalogue_in_order() -> None:
    pairs = list(tous_les_concepts())
    assert len(pairs) == sum(len(c) for c in CATALOGUES)
    assert pairs[0][0] is CATALOGUES[0] and pairs[-1][0] is CATALOGUES[-1]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Décideur", "decideur"),
        ("decideur", "decideur"),
        ("Prise de décision", "prise_de_decision"),
        ("TPE", "micro"),
        ("Comité d'entreprise", "cse"),
        ("cross-selling", "vente_complementaire"),
        ("Up-selling", "montee_en_gamme"),
        ("CGV", "cgv"),
    ],
)
def test_trouver_by_code_label_or_synonym(text: str, code: str) -> None:
    assert trouver(text).code == code


def test_trouver_suggests_on_a_typo() -> None:
    with pytest.raises(UnknownCodeError, match="Vouliez-vous dire 'decideur'") as info:
        trouver("decideru")
    assert "'decideru'" in str(info.value)


def test_trouver_reports_ambiguous_codes_and_accepts_a_catalogue() -> None:
    with pytest.raises(UnknownCodeError, match="ambigu") as info:
        trouver("cse")
    assert "'type de client'" in str(info.value) and "'cible'" in str(info.value)
    assert trouver("cse", catalogue="cible") is CIBLES["cse"]
    assert trouver("cse", catalogue=TYPES_CLIENTS) is TYPES_CLIENTS["cse"]


def test_trouver_bad_inputs() -> None:
    with pytest.raises(SalesplanTypeError, match="42"):
        trouver(42)  # type: ignore[arg-type]
    with pytest.raises(UnknownCodeError, match=r"'cibel'.*Vouliez-vous dire 'cible'"):
        trouver("cse", catalogue="cibel")
    with pytest.raises(SalesplanTypeError, match=r"\[1\]"):
        trouver("cse", catalogue=[1])  # type: ignore[arg-type]
    with pytest.raises(UnknownCodeError, match="'acheteur'"):
        trouver("acheteur", catalogue="cible")


def test_tous_les_concepts_takes_no_argument() -> None:
    with pytest.raises(TypeError):
        tous_les_concepts("roles")  # type: ignore[call-arg]


def test_strategy_and_tools_are_not_empty_lists() -> None:
    assert len(STRATEGIES_APPROCHE) >= 5 and len(OUTILS_AIDE_VENTE) >= 5


def test_sales_interview_catalogues() -> None:
    """The notions of the interview chapters: SONCASE in order, the question kinds, the answers to objections."""
    assert concepts.MOBILES_ACHAT.codes() == (
        "securite",
        "orgueil",
        "nouveaute",
        "confort",
        "argent",
        "sympathie",
        "environnement",
    )
    assert "SONCASE" in concepts.MOBILES_ACHAT.nom and "SONCAS" in concepts.MOBILES_ACHAT["environnement"].definition
    assert concepts.TYPES_QUESTIONS.codes() == (
        "question_ouverte",
        "question_fermee",
        "question_alternative",
        "question_orientee",
        "question_miroir",
    )
    qqoqccp = concepts.OUTILS_DECOUVERTE["qqoqccp"].details
    assert [d.split(" — ")[0] for d in qqoqccp] == [
        "Qui ?",
        "Quoi ?",
        "Où ?",
        "Quand ?",
        "Comment ?",
        "Combien ?",
        "Pourquoi ?",
    ]
    assert concepts.ELEMENTS_ARGUMENT.codes() == ("caracteristique", "avantage", "benefice_client", "preuve")
    assert concepts.METHODES_ARGUMENTATION.codes() == ("cap", "cab")
    assert set(concepts.OBJETS_OBJECTIONS.codes()) == {
        "objection_prix",
        "objection_produit",
        "objection_entreprise",
        "objection_moment",
    }
    assert {"objection_sincere", "objection_pretexte"} <= set(concepts.NATURES_OBJECTIONS.codes())
    assert concepts.TECHNIQUES_OBJECTIONS.codes()[0] == "reformulation_objection"
    assert {"oui_mais", "boomerang", "compensation", "temoignage", "question_objection", "report"} <= set(
        concepts.TECHNIQUES_OBJECTIONS.codes()
    )
    assert concepts.TECHNIQUES_PRIX.codes() == ("sandwich", "fractionnement", "comparaison", "addition")
    assert {"concession", "contrepartie", "point_de_rupture", "prise_de_conge"} == set(concepts.NOTIONS_PRIX.codes())
    # the floor price is taught once, with « Évaluer sa marge », not redefined here
    assert "prix plancher" in STRATEGIE["evaluer_marge"].definition
    assert trouver("Boomerang (retournement)").code == "boomerang"


def test_the_library_reaches_concepts_through_their_public_names_only() -> None:
    """Only the concepts package itself imports its private modules (``_catalogue``, ``_types``)."""
    root = Path(concepts.__file__).parent.parent
    private = re.compile(r"^\s*(?:from|import)\s+salesplan\.concepts\._\w+", re.MULTILINE)
    offenders = [
        str(path.relative_to(root.parent))
        for path in sorted(root.rglob("*.py"))
        if path.parent.name != "concepts" and private.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
    assert {"Catalogue", "Concept", "choose", "sans_accents"} <= set(concepts.__all__)
