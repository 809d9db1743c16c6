"""Typologie des clients professionnels : taille des entreprises, CSE, administrations.

The size codes (``micro``, ``pme``, ``eti``, ``grande_entreprise``) are the
ones :func:`salesplan.entreprises.categorie_entreprise` returns.
"""

from __future__ import annotations

from salesplan.concepts._catalogue import Catalogue, Concept

_DECRET = "Décret 2008-1354 du 18 décembre 2008, art. 3 (catégories d'entreprises)"

TYPES_CLIENTS: Catalogue[Concept] = Catalogue(
    "type de client",
    (
        Concept(
            "micro",
            "Micro-entreprise (TPE)",
            "Entreprise qui occupe moins de 10 personnes et dont le chiffre d'affaires annuel ou le total de bilan "
            "ne dépasse pas 2 millions d'euros. « Micro-entreprise » est le terme légal et statistique (Insee) ; "
            "« TPE » (très petite entreprise) est le terme courant. À ne pas confondre avec le régime fiscal du "
            "micro-entrepreneur. Cible restreinte mais informée : on y négocie avec le dirigeant, qui décide seul "
            "et vite, souvent après avoir comparé les offres lui-même.",
            "Un cabinet d'architectes lyonnais de 6 personnes : Bureautik Pro présente son offre de copieur en "
            "location directement à la gérante, qui signe dans la semaine si le prix mensuel lui convient.",
            _DECRET,
            ("moins de 10 personnes", "CA ou total de bilan ≤ 2 M€", "interlocuteur : le dirigeant"),
        ),
        Concept(
            "pme",
            "Petite ou moyenne entreprise (PME)",
            "Entreprise qui occupe moins de 250 personnes et dont le chiffre d'affaires annuel ne dépasse pas "
            "50 millions d'euros ou le total de bilan 43 millions d'euros. Au sens du décret, les micro-entreprises "
            "sont des PME ; dans ce cours, « PME » désigne les PME hors micro-entreprises. La négociation se fait "
            "encore souvent avec le dirigeant ou un responsable administratif et financier, bien informé.",
            "Une PME de transport de 80 salariés à Vénissieux : le directeur administratif et financier compare "
            "trois devis de parc d'imprimantes, puis le dirigeant valide la proposition de Bureautik Pro.",
            _DECRET,
            ("moins de 250 personnes", "CA ≤ 50 M€ ou total de bilan ≤ 43 M€", "interlocuteur : dirigeant ou DAF"),
        ),
        Concept(
            "eti",
            "Entreprise de taille intermédiaire (ETI)",
            "Entreprise qui n'est pas une PME, occupe moins de 5 000 personnes et dont le chiffre d'affaires annuel "
            "ne dépasse pas 1 500 millions d'euros ou le total de bilan 2 000 millions d'euros. Elle a en général "
            "un service achats et plusieurs sites : le vendeur y rencontre plusieurs interlocuteurs.",
            "Un fabricant de pièces mécaniques de 900 salariés répartis sur trois usines de la région lance une "
            "consultation pour équiper tous ses sites ; Bureautik Pro rencontre l'acheteur, puis les responsables "
            "de site.",
            _DECRET,
            ("moins de 5 000 personnes", "CA ≤ 1 500 M€ ou total de bilan ≤ 2 000 M€", "service achats"),
        ),
        Concept(
            "grande_entreprise",
            "Grande entreprise (GE)",
            "Entreprise qui n'entre dans aucune des catégories précédentes (micro-entreprise, PME, ETI). Ses achats "
            "sont confiés à des services dédiés (direction des achats, acheteurs spécialisés par famille d'achats), "
            "parfois à une centrale d'achat ; un fournisseur doit d'abord être référencé, c'est-à-dire retenu sur "
            "la liste des fournisseurs autorisés, avant de pouvoir vendre aux différents sites.",
            "Pour vendre des fournitures au siège lyonnais d'un groupe bancaire, Bureautik Pro doit d'abord "
            "répondre à l'appel d'offres de la direction des achats du groupe et être référencé pour trois ans.",
            _DECRET,
            ("services achats dédiés", "référencement des fournisseurs", "procédures formalisées, processus long"),
        ),
        Concept(
            "centrale_achat",
            "Centrale d'achat",
            "Structure qui achète ou négocie pour le compte de plusieurs entreprises ou établissements (filiales "
            "d'un groupe, adhérents d'un réseau) afin d'obtenir de meilleures conditions grâce au volume. Elle "
            "référence les fournisseurs et fixe les conditions ; les sites commandent ensuite aux conditions "
            "négociées. Dans le secteur public, l'UGAP joue ce rôle pour l'État, les collectivités et les hôpitaux.",
            "Une chaîne de 40 agences d'intérim passe par sa centrale d'achat : Bureautik Pro négocie une fois "
            "avec la centrale les prix du papier et des cartouches, puis chaque agence commande en ligne.",
            "Code de la commande publique, art. L2113-2 (centrales d'achat publiques) ; usage de la profession",
        ),
        Concept(
            "cse",
            "Comité social et économique (CSE)",
            "Instance élue qui représente le personnel de l'entreprise. Le CSE a remplacé le comité d'entreprise "
            "(CE), les délégués du personnel et le CHSCT (ordonnance 2017-1386, dans toutes les entreprises "
            "concernées au 1er janvier 2020). Il est obligatoire à partir de 11 salariés atteints pendant 12 mois "
            "consécutifs ; à partir de 50 salariés, il a la personnalité civile et gère deux budgets (fonctionnement "
            "et activités sociales et culturelles) : c'est alors un acheteur. Il est présidé par l'employeur ou son "
            "représentant, mais ce sont les élus (secrétaire, trésorier, commission des activités sociales) qui "
            "choisissent les prestataires des activités sociales. La carte mentale parle de « comité d'entreprise "
            "(+ de 50 salariés), présidé par le directeur » : c'est l'ancienne règle, toujours vraie pour le seuil "
            "de 50 salariés des budgets et pour la présidence par l'employeur.",
            "Le CSE d'une clinique de 300 salariés achète des chèques cadeaux et des billets de spectacle pour "
            "Noël ; Bureautik Pro, lui, vend au CSE le matériel de son local (ordinateur, imprimante, fournitures).",
            "Code du travail, art. L2311-2 (seuil de 11 salariés), L2315-23 (présidence, personnalité civile), "
            "L2315-61 et L2312-81 (budgets) ; ordonnance 2017-1386 du 22 septembre 2017",
            ("ancien nom : comité d'entreprise (CE)", "budgets à partir de 50 salariés", "élus renouvelés"),
        ),
        Concept(
            "administration",
            "Administration (acheteur public, BtoG)",
            "Acteur institutionnel qui achète pour l'intérêt général : l'État et ses services, les collectivités "
            "territoriales (communes, départements, régions et leurs groupements), les établissements publics "
            "(hôpitaux, lycées, universités). On parle de BtoG (business to government). Ses achats sont des "
            "marchés publics soumis au Code de la commande publique : définition préalable du besoin, publicité "
            "et mise en concurrence au-delà de certains seuils, égalité de traitement des candidats, transparence.",
            "La métropole de Lyon publie une consultation pour la location de 120 copieurs multifonctions ; "
            "Bureautik Pro télécharge le dossier de consultation sur le profil d'acheteur et dépose une offre.",
            "Code de la commande publique, art. L3 (principes), L1210-1 et L1211-1 (acheteurs publics)",
            ("État", "collectivités territoriales", "établissements publics", "marchés publics"),
        ),
    ),
)

__all__ = ["TYPES_CLIENTS"]
